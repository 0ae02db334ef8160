export * from './client';
export type * from './contract';
export { MessageError } from './transport';
