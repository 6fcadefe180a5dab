import { Module } from '@nestjs/common';

/** BullMQ processors. Loaded only in processes that run the worker role. */
@Module({})
export class WorkerModule {}
