// Spectral function for the rule `onelink-no-additionalProperties` (see .spectral.yaml and
// README.md, "Lint findings"). It replaces owasp:api3:2023-no-additionalProperties: an object
// schema may allow additional properties only when it is a property whose name is in
// `allowedProperties` (the server's free-form maps: `custom_attributes`, error `details`).
export default function freeFormOnlyWhereAllowed(schema, options, context) {
  if (!schema || schema.type !== 'object' || !schema.additionalProperties) {
    return [];
  }
  const allowed = (options && options.allowedProperties) || [];
  const path = context.path;
  const name = path[path.length - 1];
  const isProperty = path.length >= 2 && path[path.length - 2] === 'properties';
  if (isProperty && allowed.includes(name)) {
    return [];
  }
  return [{ message: 'If the additionalProperties keyword is used it must be set to false (free-form only for: ' + allowed.join(', ') + ').' }];
}
