/** Adder's the runtime, interpreter and thread states, frames, the evaluation loop, the import system, builtins and sys. */
package dev.adder.vm;
