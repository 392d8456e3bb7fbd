import * as migration_20261126_143547_initial from './20261126_143547_initial';

export const migrations = [
  {
    up: migration_20261126_143547_initial.up,
    down: migration_20261126_143547_initial.down,
    name: '20261126_143547_initial'
  },
];
