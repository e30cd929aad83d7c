/**
 * The API for headless Chorus commands: a bundle implements {@link io.github.chorus.cli.ICommand}
 * and declares it in the {@code io.github.chorus.cli.commands} extension point; the
 * {@code chorus NAME [options]} launcher runs it without a display.
 *
 * @since 0.1
 */
package io.github.chorus.cli;
