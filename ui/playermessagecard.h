#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A calm card in place of the picture: the end of a recording ("Play again", "Back to the list")
// or a recording that cannot be played ("This recording is unavailable").
class PlayerMessageCard : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Ended, Unavailable };

    explicit PlayerMessageCard(QWidget* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // The testimony's title, shown on the end card.
    void setRecordingTitle(const QString& title);

Q_SIGNALS:
    void backRequested();
    void replayRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Kind m_kind = Kind::Ended;
    QLabel* m_heading = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_replay = nullptr;
    QPushButton* m_back = nullptr;
};
