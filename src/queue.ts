/**
 * saidby/queue: many documents over many machines, through a BullMQ job queue on Redis. Node only.
 *
 * ```ts
 * import { enqueue, createWorker, status, collect } from 'saidby/queue';
 * ```
 *
 * @module saidby/queue
 */
export { enqueue, status, collect } from './queue/api.js';
export type { CollectOptions, CollectReport, EnqueueOptions, EnqueueReport, QueueStatus } from './queue/api.js';
export { createWorker } from './queue/worker.js';
export type { QueueWorker, WorkerOptions } from './queue/worker.js';
export { QueueConnectionError } from './queue/connect.js';
export type { QueueTarget } from './queue/connect.js';
export type { QueueDoc } from './queue/jobs.js';
export type { SinkSpec } from './queue/sink.js';
