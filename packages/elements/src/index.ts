/**
 * @pps-kit/elements: importing (or loading the classic script) defines every element. The
 * stylesheet is `@pps-kit/elements/pps-elements.css`, pps-kit's host-proof one.
 */
import '@pps-kit/react/styles.css';
import { definePpsElements, PPS_ELEMENT_TAGS } from './elements';

definePpsElements();

export type * from './pps-elements';
export { definePpsElements, PPS_ELEMENT_TAGS };
