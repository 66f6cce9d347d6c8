// The type of scripts/schema-validator.mjs's output (written by hand; the module is generated).
import type { ErrorObject } from 'ajv';

interface ConfigValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validate: ConfigValidator;
export default validate;
