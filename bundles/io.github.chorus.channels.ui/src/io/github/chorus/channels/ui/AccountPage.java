// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.ui.internal.Messages;

/**
 * The page of the Connect Account wizard where the user gives what one network's connector needs:
 * an instance URL, a handle and app password, the client id of their own app, a folder. A channel
 * plug-in's {@code .ui} bundle subclasses it and names the subclass in the extension point
 * {@code io.github.chorus.channels.ui.accountPages}.
 * <p>
 * The wizard calls {@link #init(ChannelTypeDescriptor, AccountProfile)} before the page's controls
 * are created, then {@link #parameters()} on the UI thread when the user presses Connect, and hands
 * the parameters to the connector's {@code connect} in a background job. When it fails, the wizard
 * shows the connector's classified message on this page with {@link #setErrorMessage(String)}; the
 * page stays open so the user can correct a field and try again.
 * </p>
 * <p>
 * Fields made with {@link #addField(Composite, String, String, String, int, boolean)} and
 * {@link #addPortField(Composite, String, String, int)} are read into
 * {@link #parameters()} under their connector parameter name and keep the Connect button disabled
 * while a required one is empty; {@link #check()} adds the page's own checks. Secret fields (an app
 * password, a client secret) go only to the connector: the wizard never saves or logs parameters.
 * </p>
 * <p>
 * Subclasses need a public no-argument constructor.
 * </p>
 *
 * @since 0.1
 */
public abstract class AccountPage extends WizardPage {

	/**
	 * The key under which each field made by {@link #addField} carries its parameter name as widget
	 * data ({@code text.getData(PARAMETER_KEY)}), for tests and accessibility tools.
	 */
	public static final String PARAMETER_KEY = "io.github.chorus.channels.ui.parameter"; //$NON-NLS-1$

	private final Map<String, Field> fields = new LinkedHashMap<>();
	private ChannelTypeDescriptor channelType;
	private AccountProfile reconnecting;

	private record Field(Text text, String label, boolean required, boolean port) {
	}

	/** The lowest port a loopback redirect may use: below it, ports need privileges. */
	private static final int LOWEST_PORT = 1024;
	private static final int HIGHEST_PORT = 65535;

	/** Creates the page. */
	protected AccountPage() {
		super("io.github.chorus.channels.ui.accountPage"); //$NON-NLS-1$
	}

	/**
	 * Tells the page which channel type it connects, and which account when the user reconnects one
	 * (so the page can fill in what it knows, such as the instance or the handle). Called once by the
	 * wizard, before {@link #createControl(Composite)}.
	 *
	 * @param type    the channel type
	 * @param account the account being reconnected, or {@code null} for a new one
	 */
	public final void init(ChannelTypeDescriptor type, AccountProfile account) {
		this.channelType = Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		this.reconnecting = account;
		setTitle(NLS.bind(account == null ? Messages.AccountPage_connectTitle : Messages.AccountPage_reconnectTitle,
				type.name()));
	}

	/** @return the channel type this page connects */
	protected final ChannelTypeDescriptor channelType() {
		return channelType;
	}

	/** @return the account being reconnected, when the user reconnects one */
	protected final Optional<AccountProfile> reconnecting() {
		return Optional.ofNullable(reconnecting);
	}

	/**
	 * Returns the parameters for the connector's {@code connect}. The default returns the non-blank
	 * fields made by {@link #addField}, stripped; override to add computed ones.
	 *
	 * @return the parameter names and values, as the connector documents them
	 */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		fields.forEach((name, field) -> {
			String value = field.text().getText().strip();
			if (!value.isEmpty()) {
				parameters.put(name, value);
			}
		});
		return parameters;
	}

	/**
	 * @return whether connecting opens the system browser for the user to authorize Chorus (OAuth);
	 *         the wizard then says it waits for the browser. The default is {@code false}.
	 */
	public boolean opensBrowser() {
		return false;
	}

	/**
	 * Checks the fields beyond required ones being filled in, for example that a URL is one.
	 *
	 * @return a message naming the field and what is wrong, or {@code null} when all is well
	 */
	protected String check() {
		return null;
	}

	/**
	 * Adds a labelled text field to a two-column grid.
	 *
	 * @param parent       a composite with a two-column grid layout (see {@link #createGrid(Composite)})
	 * @param parameter    the connector parameter the field is read into
	 * @param label        the label, with a mnemonic
	 * @param initialValue the value to start with, or {@code null}
	 * @param style        extra SWT style bits, for example {@link SWT#PASSWORD}
	 * @param required     whether Connect stays disabled while the field is empty
	 * @return the field
	 */
	protected final Text addField(Composite parent, String parameter, String label, String initialValue, int style,
			boolean required) {
		return addField(parent, parameter, label, initialValue, style, required, false);
	}

	/**
	 * Adds a field for the port of the loopback redirect ({@code http://127.0.0.1:PORT/callback}) that
	 * networks accept only when it is registered with the user's app. It must be a number from 1024 to
	 * 65535.
	 *
	 * @param parent      the two-column composite
	 * @param parameter   the connector parameter, usually {@code redirectPort}
	 * @param label       the label
	 * @param defaultPort the connector's default port, filled in
	 * @return the field
	 */
	protected final Text addPortField(Composite parent, String parameter, String label, int defaultPort) {
		return addField(parent, parameter, label, Integer.toString(defaultPort), SWT.NONE, true, true);
	}

	private Text addField(Composite parent, String parameter, String label, String initialValue, int style,
			boolean required, boolean port) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
		text.setData(PARAMETER_KEY, parameter);
		if (initialValue != null) {
			text.setText(initialValue);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		fields.put(parameter, new Field(text, label.replace("&", ""), required, port)); //$NON-NLS-1$ //$NON-NLS-2$
		text.addModifyListener(event -> validate());
		return text;
	}

	/**
	 * Adds a line of explanation under the fields, spanning both columns, whose {@code <a href="...">}
	 * links open in the system browser.
	 *
	 * @param parent the two-column composite
	 * @param text   the text, with {@code <a href="https://...">...</a>} links
	 * @return the link widget
	 */
	protected final Link addExplanation(Composite parent, String text) {
		Link link = new Link(parent, SWT.WRAP);
		link.setText(text);
		link.addListener(SWT.Selection, event -> {
			if (event.text != null && event.text.startsWith("https://")) { //$NON-NLS-1$
				Program.launch(event.text);
			}
		});
		int columns = parent.getLayout() instanceof GridLayout grid ? grid.numColumns : 1;
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 6).applyTo(link);
		return link;
	}

	/**
	 * Creates the page's control as a two-column grid (labels, fields) and sets it as the control.
	 *
	 * @param parent the wizard's page container
	 * @return the grid
	 */
	protected final Composite createGrid(Composite parent) {
		Composite grid = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(grid);
		setControl(grid);
		return grid;
	}

	/**
	 * Updates the page's state: Connect is enabled when every required field is filled in and
	 * {@link #check()} finds nothing; the first problem is shown as the page's error message.
	 * Subclasses call it when a control other than a field changes.
	 */
	protected final void validate() {
		String problem = null;
		for (Field field : fields.values()) {
			if (field.required() && field.text().getText().isBlank()) {
				problem = NLS.bind(Messages.AccountPage_required, field.label().replace(":", "")); //$NON-NLS-1$ //$NON-NLS-2$
				break;
			}
		}
		boolean empty = problem != null;
		for (Field field : fields.values()) {
			if (problem == null && field.port() && !isPort(field.text().getText().strip())) {
				problem = NLS.bind(Messages.AccountPage_port,
						new Object[] { field.label().replace(":", ""), Integer.toString(LOWEST_PORT), Integer.toString(HIGHEST_PORT) }); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (problem == null) {
			problem = check();
		}
		// an empty required field is not an error yet, only a reason to wait
		setErrorMessage(empty ? null : problem);
		setPageComplete(problem == null);
	}

	private static boolean isPort(String text) {
		try {
			int port = Integer.parseInt(text);
			return port >= LOWEST_PORT && port <= HIGHEST_PORT;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			validate();
		}
	}
}
