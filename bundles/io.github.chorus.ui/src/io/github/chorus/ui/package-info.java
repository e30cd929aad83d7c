/**
 * The shared workbench UI of Chorus: the element ids that other bundles contribute to (the
 * application, its window and the perspectives of the five activity areas).
 *
 * @since 0.1
 */
package io.github.chorus.ui;
