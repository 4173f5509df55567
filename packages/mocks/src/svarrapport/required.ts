/** Elements the standard requires, read or refused with the element named; deterministic ids. */
import { seedFrom } from '../shared/random';
import { dateOf } from './dates';
import { SvarrapportError } from './errors';
import { attr, child, textOf, type XmlElement } from './xml';

/** A required element. */
export function required(element: XmlElement | undefined, parent: XmlElement, name: string): XmlElement {
  if (!element)
    throw new SvarrapportError('missing-element', `${parent.path}/${name}`, 'required, but missing');
  return element;
}

/** A required coded value (`V`). */
export function requiredCode(parent: XmlElement, name: string): string {
  const element = required(child(parent, name), parent, name);
  const value = attr(element);
  if (!value) throw new SvarrapportError('missing-element', element.path, 'the code (V) is missing');
  return value;
}

/** A required text value. */
export function requiredText(parent: XmlElement, name: string): string {
  const element = required(child(parent, name), parent, name);
  const value = textOf(element);
  if (!value) throw new SvarrapportError('missing-element', element.path, 'the value is empty');
  return value;
}

/** A required date (`V`). */
export function requiredDate(parent: XmlElement, name: string): string {
  const value = dateOf(required(child(parent, name), parent, name));
  if (!value)
    throw new SvarrapportError('missing-element', `${parent.path}/${name}`, 'the date (V) is missing');
  return value;
}

/** A deterministic UUID-shaped id. */
export function uuidFrom(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => seedFrom(key, i).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
