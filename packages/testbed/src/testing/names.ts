/** Every database a test run creates starts with this, so the run can drop all it made. */
export const testDatabasePrefix = (runId: string) => `go_test_${runId}_`;
