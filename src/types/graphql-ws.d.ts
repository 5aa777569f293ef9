// graphql-ws publishes `graphql-ws/use/ws` through package "exports", which this project's
// moduleResolution ("node", for CommonJS packages such as linkedom) does not read: point the
// types at the file Node loads.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
