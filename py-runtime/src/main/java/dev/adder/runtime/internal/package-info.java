/** Implementation helpers of the runtime; not API. */
package dev.adder.runtime.internal;
