/**
 * Public surface of the plan module for other modules (pure).
 */
export { PLAN_ITEMS } from "./plan-items";
