#!/usr/bin/python3
"""A bare WebKitGTK window for WebKitWebDriver, so that the engine checks can open the site at phone widths.

WebKitWebDriver's default browser, MiniBrowser, has a toolbar that keeps its window at least 447 px wide, so it cannot
show a 390 px phone. WebKitWebDriver starts whatever program `webkitgtk:browserOptions.binary` names, with
WEBKIT_INSPECTOR_SERVER set in its environment, and drives it through the remote inspector: the program only has to
allow automation on its web context and hand out a view controlled by automation, in a window with nothing else in
it, whenever the automation session asks for one. The window is then exactly as wide as the page's viewport.

Two things WebDriver has no command for are set from the page through a script message handler, `reorgLens`, that
only this window installs: the colour scheme ({"colorScheme": "dark"} switches GTK's dark preference, which WebKit
reports as prefers-color-scheme) and page scripts ({"scripts": false} turns off JavaScript markup, so the page's own
scripts stop while WebDriver can still evaluate in it).
"""
import json
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

NAME = "reorg-lens-webkit"


def control(manager, message, view):
    """Applies a message from the page: colour scheme or page scripts."""
    try:
        value = message.get_js_value() if hasattr(message, "get_js_value") else message
        wish = json.loads(value.to_string())
    except Exception as error:  # a malformed message must not end the session
        print(f"{NAME}: ignored message: {error}", file=sys.stderr)
        return
    if "colorScheme" in wish:
        Gtk.Settings.get_default().set_property("gtk-application-prefer-dark-theme", wish["colorScheme"] == "dark")
    if "scripts" in wish:
        view.get_settings().set_enable_javascript_markup(bool(wish["scripts"]))


def create_view(session, context):
    """A new automation-controlled view in a window of its own, as the session asks."""
    manager = WebKit2.UserContentManager()
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True, user_content_manager=manager)
    manager.connect("script-message-received::reorgLens", control, view)
    manager.register_script_message_handler("reorgLens")
    settings = view.get_settings()
    settings.set_enable_developer_extras(False)
    settings.set_enable_smooth_scrolling(False)
    window = Gtk.Window(title=NAME)
    window.set_default_size(1024, 768)
    window.add(view)
    # The session closes a page by asking its view to close; the window goes with it.
    view.connect("close", lambda _view: window.destroy())
    window.show_all()
    return view


def automation_started(context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name(NAME)
    # The engine's own version, which the session reports as browserVersion.
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", create_view, context)


def main():
    Gtk.init(sys.argv)
    context = WebKit2.WebContext.new_ephemeral()
    context.set_automation_allowed(True)
    context.connect("automation-started", automation_started)
    Gtk.main()


if __name__ == "__main__":
    main()
