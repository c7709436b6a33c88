/** A start that cannot go on: what failed, and what the person at the keyboard can do about it. */
export class StartFailure extends Error {
  constructor(
    message: string,
    readonly advice: string,
  ) {
    super(message);
    this.name = "StartFailure";
  }
}
