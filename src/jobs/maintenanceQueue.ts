/** The queue of housekeeping jobs (the daily link check): slow, rare, never urgent. */
export const maintenanceQueue = 'maintenance'
