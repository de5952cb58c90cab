// Vitest global setup for the database tiers: one migrated template per run and engine.
// (Project env is not applied to global setup, so each engine has its own entry.)
import { prepareTemplate, type TestEngine } from './engines.ts';

export const setupFor = (engine: TestEngine) => async (): Promise<void> => {
  await prepareTemplate(engine);
};
