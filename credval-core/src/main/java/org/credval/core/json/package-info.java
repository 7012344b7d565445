/**
 * A small RFC 8259 JSON reader and writer over plain Java maps, lists, strings, decimals and
 * booleans, so that core needs no JSON library.
 */
package org.credval.core.json;
