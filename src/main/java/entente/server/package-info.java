/**
 * The HTTP side of entente: {@link entente.server.EntenteServer}, a read-only Apache Jena Fuseki server over the
 * store with the Fuseki UI. Writes to the store go through the command line, never through this server.
 */
package entente.server;
