// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.startup.probe;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** The content of both parts of the minimal pure e4 window: an SWT tree of twenty items. */
public final class TreePart {

	@PostConstruct
	void createControls(Composite parent) {
		Tree tree = new Tree(parent, SWT.NONE);
		for (int i = 1; i <= 20; i++) {
			new TreeItem(tree, SWT.NONE).setText("Item " + i);
		}
	}
}
