/** Runnable samples of the OneLink scheduling SDK; see samples/README.md. */
@NullMarked
package kz.onelink.samples;

import org.jspecify.annotations.NullMarked;
