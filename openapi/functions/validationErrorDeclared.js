// Spectral function for the rule `onelink-define-error-validation` (see .spectral.yaml and
// README.md, "Lint findings"). It replaces owasp:api8:2023-define-error-validation, which asks
// every operation for a 400, 422 or 4XX response, with the class of operations that can receive
// input the server rejects: those with a request body, a required query parameter, or a query
// parameter the server parses as a date or date-time. Operations that take only path ids,
// booleans, free text or numbers the server clamps have no such response, and need no override.
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const PARSED_FORMATS = ['date', 'date-time'];

function canBeRejected(parameter) {
  if (!parameter || parameter.in !== 'query') {
    return false;
  }
  const schema = parameter.schema || {};
  return parameter.required === true || PARSED_FORMATS.includes(schema.format);
}

export default function validationErrorDeclared(pathItem, _options, context) {
  const results = [];
  if (!pathItem || typeof pathItem !== 'object') {
    return results;
  }
  const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (!operation || typeof operation !== 'object') {
      continue;
    }
    const parameters = shared.concat(Array.isArray(operation.parameters) ? operation.parameters : []);
    const takesInput = operation.requestBody !== undefined || parameters.some(canBeRejected);
    if (!takesInput) {
      continue;
    }
    const responses = operation.responses || {};
    if (!('400' in responses || '422' in responses || '4XX' in responses)) {
      results.push({
        message: `${method.toUpperCase()} takes input the server can reject but declares no 400, 422 or 4XX response.`,
        path: [...context.path, method, 'responses'],
      });
    }
  }
  return results;
}
