/**
 * Source text shared by every stage: decoded source with its line index ({@link
 * dev.adder.source.SourceText}) and the syntax errors the front end reports ({@link
 * dev.adder.source.PythonSyntaxError}).
 */
package dev.adder.source;
