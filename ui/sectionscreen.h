#pragma once

#include "screen.h"

class PhotoGallery;
class QBoxLayout;
class QLabel;
class QScrollArea;

// A section of the memorial (Arch of Sorrow, Museum, "Tear of Sorrow", About): its text, which
// scrolls kinetically, beside (landscape) or under (portrait) its photo gallery.
class SectionScreen : public Screen
{
    Q_OBJECT

public:
    SectionScreen(const QString& sectionId, QWidget* parent = nullptr);

    QString sectionId() const { return m_sectionId; }
    QString title() const override;
    void resetForNewVisitor() override;

    QLabel* bodyLabel() const { return m_body; }
    QScrollArea* scrollArea() const { return m_scroll; }
    PhotoGallery* gallery() const { return m_gallery; }

protected:
    void refresh() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    const Section* section() const;

    QString m_sectionId;
    QBoxLayout* m_layout = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_body = nullptr;
    PhotoGallery* m_gallery = nullptr;
    const Content* m_shownContent = nullptr; // identity only, never dereferenced
};
