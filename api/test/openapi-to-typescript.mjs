// Reads an OpenAPI document (JSON) on standard input and writes its TypeScript types, formatted by
// Prettier as the file at argv[2] would be, to standard output. A plain Node script: the generator
// loads ES modules that Jest's module system cannot.
import process from 'node:process';
import { text } from 'node:stream/consumers';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const [header, file] = process.argv.slice(2);
const document = JSON.parse(await text(process.stdin));
const source = header + astToString(await openapiTS(document, { alphabetize: true }));
const options = await prettier.resolveConfig(file);
process.stdout.write(await prettier.format(source, { ...options, filepath: file }));
