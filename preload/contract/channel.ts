import type { z } from 'zod';

/** One channel of the contract: a zod schema for its input and a phantom result type. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Channels that produce a file: Electron's shell saves it with a dialog, the browser downloads it. */
  file: boolean;
  /** Phantom: never set at run time. */
  readonly _output?: O;
}

export function channel<I extends z.ZodType>(input: I) {
  return {
    returns: <O>(): ChannelDef<I, O> => ({ input, file: false }),
    file: <O>(): ChannelDef<I, O> => ({ input, file: true }),
  };
}
