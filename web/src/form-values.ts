// A form's select as the contract's type. The options offer only allowed values; anything else (a
// changed page) still goes to the server, which refuses it and names the field.
export const optionValue = <T extends string>(_options: readonly T[], value: string): T => value as T;

/** A select whose empty choice means "not given". */
export const optionOrNull = <T extends string>(options: readonly T[], value: string): T | null =>
  value === '' ? null : optionValue(options, value);
