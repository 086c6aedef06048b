#pragma once

#include "content.h"

#include <QWidget>

// Base of every full-screen page of the kiosk. The main window hands each screen the current
// content snapshot and language; a screen re-reads all its texts (tr() and content) in refresh().
class Screen : public QWidget
{
    Q_OBJECT

public:
    explicit Screen(QWidget* parent = nullptr);

    void setContent(ContentPtr content);
    void setLanguage(const QString& code);
    ContentPtr content() const { return m_content; }
    QString language() const { return m_language; }

    // The title shown in the top bar while this screen is visible.
    virtual QString title() const = 0;
    // The idle reset: forget the last visitor (queries, scroll positions, galleries, playback).
    virtual void resetForNewVisitor() { }
    // True while the visitor is not idle even without touching (e.g. a testimony is playing).
    virtual bool isBusy() const { return false; }
    // The Back button, first asked of the screen: a screen with pages of its own (a name card, a
    // player) goes back a page and returns true; false lets the main window go to the previous screen.
    virtual bool goBack() { return false; }
    // True while the screen shows one of its own pages that Back leaves (keeps Back enabled).
    virtual bool hasInnerPage() const { return false; }
    // Tells the main window that hasInnerPage() may have changed.
    void innerPageChanged() { Q_EMIT titleChanged(); }

    // Extra views of this screen for `alzhir-kiosk --screenshots` (e.g. "card" for a name card);
    // each is saved as <screen>-<state>_<lang>.png after enterScreenshotState(state).
    virtual QStringList screenshotStates() const { return {}; }
    virtual void enterScreenshotState(const QString& state) { Q_UNUSED(state) }

Q_SIGNALS:
    void titleChanged();

protected:
    // Re-read every visible text in language(); called on content, language and LanguageChange.
    virtual void refresh() = 0;
    void changeEvent(QEvent* event) override;

private:
    ContentPtr m_content;
    QString m_language = QStringLiteral("kk");
};
