// A graphql-codegen plugin: the limits the server's Bean Validation publishes as @constraint directives
// (backend/schema.graphql), as constants the forms check before a round trip. One source for every limit.
import { isInputObjectType } from 'graphql';

/** The @constraint arguments on a field or argument, merged: { maxLength: 100, minFloat: 0, … }. */
function limitsOf(node) {
  const limits = {};
  for (const directive of node?.directives ?? []) {
    if (directive.name.value !== 'constraint') continue;
    for (const argument of directive.arguments ?? []) {
      const { kind, value } = argument.value;
      limits[argument.name.value] = kind === 'IntValue' || kind === 'FloatValue' ? Number(value) : value;
    }
  }
  return Object.keys(limits).length > 0 ? limits : null;
}

/** { name: limits } of the members that have any. */
function collect(members) {
  const entries = members.map((member) => [member.name, limitsOf(member.astNode)]).filter(([, limits]) => limits);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

export const plugin = (schema) => {
  const inputs = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    const fields = collect(Object.values(type.getFields()));
    if (fields) inputs[type.name] = fields;
  }
  const operations = {};
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const args = collect(field.args);
      if (args) operations[field.name] = args;
    }
  }
  const json = (value) => JSON.stringify(value, null, 2);
  return [
    "/** Limits of input fields, from the schema's @constraint directives. */",
    `export const inputLimits = ${json(inputs)} as const;`,
    '',
    "/** Limits of operation arguments, from the schema's @constraint directives. */",
    `export const argumentLimits = ${json(operations)} as const;`,
    '',
  ].join('\n');
};
