import * as migration_20261126_154915_initial from './20261126_154915_initial';

export const migrations = [
  {
    up: migration_20261126_154915_initial.up,
    down: migration_20261126_154915_initial.down,
    name: '20261126_154915_initial'
  },
];
