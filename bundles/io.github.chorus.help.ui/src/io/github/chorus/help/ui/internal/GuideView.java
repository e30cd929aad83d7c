// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.help.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The User Guide view: the help tables of contents of the installed plug-ins (Chorus's own
 * guide first), with the selected page shown as text beside them, and a button to open it in
 * the system browser. A lightweight stand-in for the Eclipse help webapp, which needs Jetty and
 * JSP and is not on Maven Central.
 */
public final class GuideView extends ViewPart {

	/** The view id. */
	public static final String ID = "io.github.chorus.help.ui.guide"; //$NON-NLS-1$
	private static final Pattern HEADING = Pattern.compile("(?is)<h([12])[^>]*>(.*?)</h\\1>"); //$NON-NLS-1$

	private TreeViewer tree;
	private StyledText page;
	private String href;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return (Object[]) input;
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof IToc toc ? toc.getTopics()
						: element instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		});
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IToc toc ? toc.getLabel() : ((ITopic) element).getLabel();
			}
		});
		IToc[] tocs = HelpSystem.getTocs();
		Arrays.sort(tocs, (a, b) -> Boolean.compare(!a.getLabel().startsWith("Chorus"), //$NON-NLS-1$
				!b.getLabel().startsWith("Chorus"))); //$NON-NLS-1$
		tree.setInput(tocs);
		tree.expandAll();

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(right);
		page = new StyledText(right, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		page.setMargins(8, 8, 8, 8);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(page);
		Button browser = new Button(right, SWT.PUSH);
		browser.setText("Open in Browser"); //$NON-NLS-1$
		browser.addListener(SWT.Selection, event -> openInBrowser());
		sash.setWeights(30, 70);

		tree.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			String target = selected instanceof IToc toc ? toc.getTopic(null).getHref()
					: selected instanceof ITopic topic ? topic.getHref() : null;
			show(target);
		});
		if (tocs.length > 0) {
			tree.setSelection(new StructuredSelection(tocs[0]));
		}
	}

	/**
	 * Shows a help page.
	 *
	 * @param target the page's help href, for example {@code /io.github.chorus.help.ui/html/plan.html}
	 */
	public void show(String target) {
		href = target;
		if (target == null) {
			page.setText(""); //$NON-NLS-1$
			return;
		}
		String html = read(target);
		List<StyleRange> styles = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		Matcher matcher = HEADING.matcher(html);
		int last = 0;
		while (matcher.find()) {
			text.append(plain(html.substring(last, matcher.start())));
			String heading = plain(matcher.group(2)).strip();
			text.append("\n"); //$NON-NLS-1$
			StyleRange style = new StyleRange(text.length(), heading.length(), null, null);
			style.font = matcher.group(1).equals("1") ? JFaceResources.getHeaderFont() //$NON-NLS-1$
					: JFaceResources.getBannerFont();
			styles.add(style);
			text.append(heading).append("\n"); //$NON-NLS-1$
			last = matcher.end();
		}
		text.append(plain(html.substring(last)));
		String all = text.toString();
		int lead = all.length() - all.stripLeading().length();
		page.setText(all.strip());
		for (StyleRange style : styles) {
			style.start -= lead;
			if (style.start >= 0 && style.start + style.length <= page.getCharCount()) {
				page.setStyleRange(style);
			}
		}
	}

	/**
	 * Reads a page. Without the help webapp there is no help content provider, so a page is
	 * read from its bundle: hrefs of tables of contents have the form {@code /bundle/path}.
	 */
	private static String read(String target) {
		try (InputStream in = open(target)) {
			return in == null ? "Page not found: " + target : new String(in.readAllBytes(), StandardCharsets.UTF_8); //$NON-NLS-1$
		} catch (IOException e) {
			return "Cannot read " + target + ": " + e.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static InputStream open(String target) throws IOException {
		InputStream in = HelpSystem.getHelpContent(target);
		if (in != null) {
			return in;
		}
		String path = target.startsWith("/") ? target.substring(1) : target; //$NON-NLS-1$
		int slash = path.indexOf('/');
		int anchor = path.indexOf('#');
		if (slash < 0) {
			return null;
		}
		org.osgi.framework.Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(path.substring(0, slash));
		java.net.URL entry = bundle == null ? null
				: bundle.getEntry(path.substring(slash + 1, anchor < 0 ? path.length() : anchor));
		return entry == null ? null : entry.openStream();
	}

	private static String plain(String html) {
		String withoutHead = html.replaceAll("(?is)<head>.*?</head>", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return withoutHead.replaceAll("(?is)<!--.*?-->", "") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("(?i)</p>|<br\\s*/?>", "\n\n") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("(?s)<[^>]+>", "") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("[ \\t\\x0B\\f\\r]*\\n[ \\t\\x0B\\f\\r]*", "\n") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("(?<!\\n)\\n(?!\\n)", " ") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private void openInBrowser() {
		if (href == null) {
			return;
		}
		try {
			Path file = Files.createTempFile("chorus-guide-", ".html"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.writeString(file, read(href));
			file.toFile().deleteOnExit();
			if (!Program.launch(file.toUri().toString())) {
				page.getDisplay().beep();
			}
		} catch (IOException e) {
			page.getDisplay().beep();
		}
	}

	/** @return the text shown, for tests */
	public String pageText() {
		return page.getText();
	}

	/** @return the table of contents, for tests */
	public TreeViewer tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}
}
