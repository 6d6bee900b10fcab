/**
 * What the pipeline board's "Verplaatsen" disclosure loads when it first opens, not with the page
 * (docs/decisions/0011): the move form's fields (every step label), the kind and its server action.
 */
export { moveStepAction } from "../actions";
export { MOVE_STEP } from "./action-form-kinds";
export { moveFields } from "./fields";
