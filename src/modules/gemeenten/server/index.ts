/**
 * Server surface of the gemeenten module for other modules: Gemeente.settings has one reader and one writer, here.
 */
export { readSettings, writeSettings } from "./settings";
export { listWijken, setWijken } from "./wijken";
