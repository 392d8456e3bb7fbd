import * as migration_20261126_195331_initial from './20261126_195331_initial';

export const migrations = [
  {
    up: migration_20261126_195331_initial.up,
    down: migration_20261126_195331_initial.down,
    name: '20261126_195331_initial'
  },
];
