/** Why an editor's write was refused: the thing is not there, it is in a state that forbids it, or the input cannot be. */
export class ReviewError extends Error {
  constructor(
    readonly kind: 'not_found' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}
