#pragma once
// Finds the capture files bundled with tcplens, installed or in the source tree.

#include <QString>
#include <QStringList>

namespace tcplens::ui {

/// The bundled sample of the "TCP explained" client/server exchange.
inline constexpr const char* kHelloExchangeSample = "hello-exchange.pcap";

/// Folders searched, in order: <exe>/../share/tcplens/samples, <exe>/../../resources/samples,
/// then the source tree this binary was built from.
[[nodiscard]] QStringList sampleDirectories();
/// Absolute path of the bundled sample `fileName`, or an empty string when none is found.
[[nodiscard]] QString findSample(const QString& fileName = QString::fromLatin1(kHelloExchangeSample));

} // namespace tcplens::ui
