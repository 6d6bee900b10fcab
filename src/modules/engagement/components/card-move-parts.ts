/**
 * What the pipeline board's "Verplaatsen" disclosure loads when it first opens, not with the page
 * (docs/decisions/0011): the move kind and its server action. Its words and fields come from the page.
 */
export { moveStepAction } from "../actions";
export { MOVE_STEP } from "./action-form-kinds";
