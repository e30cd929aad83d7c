// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.media.MediaAsset;
import io.github.chorus.channels.media.MediaProblem;
import io.github.chorus.channels.media.MediaValidator;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextRange;
import io.github.chorus.channels.text.TextValidator;
import io.github.chorus.channels.text.TextViolation;
import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.workspace.ui.TypingCommands;

/**
 * One channel variant in the composer: its text, the live count exactly as the network counts
 * it (the channels text engine), the part over the limit highlighted, links, hashtags and
 * mentions marked, text and media rule violations listed, and a preview that looks like a post.
 */
public final class VariantColumn {

	private static final RGB OVER_LIMIT = new RGB(255, 205, 205);
	private static final RGB ENTITY = new RGB(29, 105, 200);
	private static final RGB ERROR = new RGB(190, 30, 30);
	// the same roles on a dark background (the dark theme): light text stays readable on them
	private static final RGB OVER_LIMIT_DARK = new RGB(115, 30, 35);
	private static final RGB ENTITY_DARK = new RGB(120, 175, 255);
	private static final RGB ERROR_DARK = new RGB(255, 125, 115);

	private final EditingDomain domain;
	private final Variant variant;
	private final Optional<ChannelTypeDescriptor> channelType;
	private final TextValidator validator = new TextValidator();
	private final MediaValidator mediaValidator = new MediaValidator();
	private final StyledText text;
	private final Label count;
	private final Label problems;
	private final StyledText preview;
	private Color overLimitColor;
	private Color entityColor;
	private Color errorColor;
	private boolean updating;
	private Text scheduleAt;
	private Label publications;
	private java.time.ZoneId zone;
	/** True while a typed value replaces the previous one (see {@link TypingCommands}). */
	private boolean replacing;
	private final TypingCommands typing = new TypingCommands();
	private TextCheck lastCheck;

	VariantColumn(FormToolkit toolkit, Composite parent, EditingDomain domain, Variant variant,
			Optional<IChannelTypeRegistry> registry, java.time.ZoneId zone, boolean approvalRequired) {
		this.domain = domain;
		this.variant = variant;
		ChannelPresence presence = variant.getChannel();
		String typeId = presence == null ? null : presence.getChannelTypeId();
		channelType = typeId == null ? Optional.empty() : registry.flatMap(r -> r.channelType(typeId));
		Display display = parent.getDisplay();
		chooseColours(display, false);

		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText((channelType.map(ChannelTypeDescriptor::name).orElse(typeId == null ? "?" : typeId) //$NON-NLS-1$
				+ (presence != null && presence.getAccountHandle() != null ? "  " + presence.getAccountHandle() : "")) //$NON-NLS-1$ //$NON-NLS-2$
				.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		section.setDescription(channelType.isPresent() ? "Counted as " + channelType.get().name() + " counts" //$NON-NLS-1$ //$NON-NLS-2$
				: "Channel type not installed: no live check"); //$NON-NLS-1$
		// a width hint keeps a long unbreakable word from widening the column
		GridDataFactory.fillDefaults().grab(true, true).hint(220, SWT.DEFAULT).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(4, 4).applyTo(client);
		section.setClient(client);

		text = new StyledText(client, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		toolkit.adapt(text);
		text.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TEXT_BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 130).applyTo(text);
		text.setText(variant.getText() == null ? "" : variant.getText()); //$NON-NLS-1$
		text.addModifyListener(event -> textModified());
		text.addListener(SWT.FocusOut, event -> typing.endStep());

		count = toolkit.createLabel(client, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		problems = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		problems.setForeground(errorColor);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(problems);

		Composite schedule = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(schedule);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(schedule);
		scheduleAt = toolkit.createText(schedule, ""); //$NON-NLS-1$
		scheduleAt.setMessage("YYYY-MM-DD HH:mm (" + zone.getId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scheduleAt);
		Button scheduleButton = toolkit.createButton(schedule, "Schedule", SWT.PUSH); //$NON-NLS-1$
		scheduleButton.addListener(SWT.Selection, event -> {
			try {
				java.time.Instant at = java.time.LocalDateTime
						.parse(scheduleAt.getText().strip().replace(' ', 'T')).atZone(zone).toInstant();
				domain.getCommandStack().execute(Workflow.schedule(domain, variant, at, zone.getId(), approvalRequired));
				scheduleAt.setText(""); //$NON-NLS-1$
			} catch (java.time.format.DateTimeParseException e) {
				scheduleAt.setFocus();
				scheduleAt.selectAll();
				problems.setText("Write the time as YYYY-MM-DD HH:mm"); //$NON-NLS-1$
			}
		});
		publications = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(publications);
		this.zone = zone;
		toolkit.paintBordersFor(schedule);

		Label previewTitle = toolkit.createLabel(client, "Preview"); //$NON-NLS-1$
		previewTitle.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		Composite post = toolkit.createComposite(client, SWT.BORDER);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(8, 4).applyTo(post);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(post);
		Canvas avatar = new Canvas(post, SWT.NONE);
		GridDataFactory.swtDefaults().hint(36, 36).span(1, 2).align(SWT.BEGINNING, SWT.BEGINNING).applyTo(avatar);
		String handle = presence == null ? "" : Objects.toString(presence.getAccountHandle(), presence.getName()); //$NON-NLS-1$
		avatar.addPaintListener(event -> paintAvatar(event.gc, handle));
		Label name = toolkit.createLabel(post,
				presence == null ? "" : Objects.toString(presence.getName(), "").replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		name.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		preview = new StyledText(post, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		toolkit.adapt(preview);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(preview);
		for (Asset asset : variant.getMedia()) {
			Label thumbnail = toolkit.createLabel(post, "\u25A3 " + asset.getName() + " (" + asset.getMimeType() + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					SWT.BORDER);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(thumbnail);
		}

		Adapter listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == ContentPackage.Literals.VARIANT__TEXT && !text.isDisposed()
						&& !replacing) {
					typing.endStep();
					String value = variant.getText() == null ? "" : variant.getText(); //$NON-NLS-1$
					if (!value.equals(text.getText())) {
						updating = true;
						try {
							int caret = text.getCaretOffset();
							text.setText(value);
							text.setCaretOffset(Math.min(caret, value.length()));
						} finally {
							updating = false;
						}
						check();
					}
				}
			}
		};
		variant.eAdapters().add(listener);
		text.addDisposeListener(event -> variant.eAdapters().remove(listener));
		check();
		// the theme styles new widgets a moment later: check again with its colours
		display.asyncExec(() -> {
			if (!text.isDisposed()) {
				check();
			}
		});
	}

	private static void paintAvatar(GC gc, String handle) {
		gc.setAntialias(SWT.ON);
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_CYAN));
		gc.fillOval(0, 0, 35, 35);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		String initial = handle.replace("@", "").isEmpty() ? "?" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: handle.replace("@", "").substring(0, 1).toUpperCase(); //$NON-NLS-1$ //$NON-NLS-2$
		org.eclipse.swt.graphics.Point size = gc.textExtent(initial);
		gc.drawText(initial, (36 - size.x) / 2, (36 - size.y) / 2, true);
	}

	private void textModified() {
		if (updating) {
			return;
		}
		String value = text.getText();
		if (!value.equals(variant.getText() == null ? "" : variant.getText())) { //$NON-NLS-1$
			replacing = true;
			try {
				typing.set(domain, variant, ContentPackage.Literals.VARIANT__TEXT, value.isEmpty() ? null : value);
			} finally {
				replacing = false;
			}
		}
		check();
	}

	/**
	 * Picks the highlight colours for the background the theme gave the text: the light ones
	 * on a light background, darker fills and lighter text colours on a dark one.
	 */
	private void chooseColours(Display display, boolean dark) {
		overLimitColor = new Color(display, dark ? OVER_LIMIT_DARK : OVER_LIMIT);
		entityColor = new Color(display, dark ? ENTITY_DARK : ENTITY);
		errorColor = new Color(display, dark ? ERROR_DARK : ERROR);
	}

	private static boolean isDark(Color background) {
		RGB rgb = background.getRGB();
		return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < 128;
	}

	private void check() {
		chooseColours(text.getDisplay(), isDark(text.getBackground()));
		problems.setForeground(errorColor);
		String value = text.getText();
		List<StyleRange> styles = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		if (channelType.isEmpty()) {
			count.setText(value.codePointCount(0, value.length()) + " characters"); //$NON-NLS-1$
			lastCheck = null;
		} else {
			ChannelCapabilities capabilities = channelType.get().capabilities();
			TextCheck check = validator.check(capabilities.text(), value);
			lastCheck = check;
			int over = check.length() - check.maxLength();
			count.setText(check.length() + " / " + check.maxLength() //$NON-NLS-1$
					+ (over > 0 ? "   \u2014 " + over + " over the limit" : "   \u2014 " + (-over) + " left")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			count.setForeground(over > 0 ? errorColor : null);
			for (TextEntity entity : check.entities()) {
				StyleRange style = range(value, entity.start(), entity.end());
				style.foreground = entityColor;
				style.underline = entity.type() == TextEntity.Type.URL;
				styles.add(style);
			}
			for (TextRange range : check.overLimit()) {
				StyleRange style = range(value, range.start(), range.end());
				style.background = overLimitColor;
				styles.add(style);
			}
			for (TextViolation violation : check.violations()) {
				messages.add(describe(violation, check));
			}
			for (MediaProblem problem : mediaValidator.check(channelType.get().name(), capabilities,
					MediaRules.DEFAULT_POST_TYPE, !value.isBlank(), assets())) {
				messages.add(problem.message());
			}
		}
		styles.sort((a, b) -> Integer.compare(a.start, b.start));
		text.setStyleRanges(merge(styles));
		problems.setText(String.join("\n", messages)); //$NON-NLS-1$
		showPublications();
		preview.setText(value);
		List<StyleRange> previewStyles = new ArrayList<>();
		for (StyleRange style : text.getStyleRanges()) {
			if (style.foreground != null) {
				StyleRange copy = (StyleRange) style.clone();
				copy.background = null;
				previewStyles.add(copy);
			}
		}
		preview.setStyleRanges(previewStyles.toArray(StyleRange[]::new));
		problems.getParent().layout(true, true);
	}

	void showPublications() {
		if (publications == null || publications.isDisposed()) {
			return;
		}
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
		List<String> lines = new ArrayList<>();
		for (io.github.chorus.content.model.ScheduledPublication publication : variant.getPublications()) {
			if (publication.getScheduledAt() != null) {
				lines.add(format.format(publication.getScheduledAt().atZone(zone)) + "  " //$NON-NLS-1$
						+ publication.getState().getName().toLowerCase().replace('_', ' '));
			}
		}
		publications.setText(lines.isEmpty() ? "Not scheduled" : String.join("\n", lines)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Non-overlapping ranges: StyledText refuses overlaps, so an entity over the limit keeps both. */
	private static StyleRange[] merge(List<StyleRange> styles) {
		List<StyleRange> result = new ArrayList<>();
		int[] bounds = styles.stream().flatMapToInt(s -> java.util.stream.IntStream.of(s.start, s.start + s.length))
				.distinct().sorted().toArray();
		for (int i = 0; i + 1 < bounds.length; i++) {
			int start = bounds[i];
			int end = bounds[i + 1];
			StyleRange piece = null;
			for (StyleRange style : styles) {
				if (style.start <= start && style.start + style.length >= end) {
					if (piece == null) {
						piece = new StyleRange(start, end - start, null, null);
					}
					piece.foreground = style.foreground != null ? style.foreground : piece.foreground;
					piece.background = style.background != null ? style.background : piece.background;
					piece.underline |= style.underline;
				}
			}
			if (piece != null) {
				result.add(piece);
			}
		}
		return result.toArray(StyleRange[]::new);
	}

	private static StyleRange range(String text, int startCodePoint, int endCodePoint) {
		int codePoints = text.codePointCount(0, text.length());
		int start = text.offsetByCodePoints(0, Math.min(startCodePoint, codePoints));
		int end = text.offsetByCodePoints(0, Math.min(endCodePoint, codePoints));
		return new StyleRange(start, end - start, null, null);
	}

	private static String describe(TextViolation violation, TextCheck check) {
		return switch (violation.name()) {
		case "TOO_LONG" -> "Too long: " + check.length() + " of " + check.maxLength() + " allowed"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> violation.name().charAt(0) + violation.name().substring(1).toLowerCase().replace('_', ' ');
		};
	}

	private List<MediaAsset> assets() {
		List<MediaAsset> result = new ArrayList<>();
		for (Asset asset : variant.getMedia()) {
			result.add(new MediaAsset(Objects.toString(asset.getName(), "media"), //$NON-NLS-1$
					Objects.toString(asset.getMimeType(), "application/octet-stream"), asset.getSizeBytes(), //$NON-NLS-1$
					asset.getWidth() > 0 ? OptionalInt.of(asset.getWidth()) : OptionalInt.empty(),
					asset.getHeight() > 0 ? OptionalInt.of(asset.getHeight()) : OptionalInt.empty(),
					asset.getDurationMillis() > 0 ? OptionalDouble.of(asset.getDurationMillis() / 1000.0)
							: OptionalDouble.empty(),
					asset.getAltText() != null && !asset.getAltText().isBlank()));
		}
		return result;
	}

	/** @return the variant */
	public Variant variant() {
		return variant;
	}

	/** @return the schedule field, for tests */
	public Text scheduleField() {
		return scheduleAt;
	}

	/** @return the publications shown, for tests */
	public String publicationsText() {
		return publications.getText();
	}

	/** @return the text editor, for tests */
	public StyledText text() {
		return text;
	}

	/** @return the count shown, for tests */
	public String countText() {
		return count.getText();
	}

	/** @return the problems shown, for tests */
	public String problemsText() {
		return problems.getText();
	}

	/** @return the last check, or {@code null} when the channel type is not installed */
	public TextCheck lastCheck() {
		return lastCheck;
	}
}
