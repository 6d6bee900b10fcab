// Stand-in for the 'server-only' marker package under Vitest (which has no react-server condition).
export {};
