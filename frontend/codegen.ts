import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is the backend's committed snapshot (backend/schema.graphql), exported from the running API.
const scalars = { DateTime: 'string', Date: 'string', ID: 'string' };

const config: CodegenConfig = {
  schema: ['../backend/schema.graphql', 'src/modules/api/scalars.graphql'],
  documents: 'src/modules/**/graphql/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    // Every schema type, for code that talks about the domain rather than one operation.
    'src/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
    // Result/variable types and typed documents per operation. typescript-operations 6 emits the input
    // and enum types the operations need itself, so this file does not import the one above.
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
    // The length and range limits of inputs, for the forms: the server's Bean Validation is their one source.
    'src/generated/input-limits.ts': {
      plugins: ['./codegen/input-limits.js'],
    },
  },
};

export default config;
