#pragma once
// One network interface opened for capture through libpcap (pcap_create + activate + filter),
// non-blocking, read with dispatch(). Shared by the in-process LiveCapture and tcplens-capture.

#include "CaptureFile.h"
#include "RawPacket.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

struct pcap;
struct pcap_pkthdr;

namespace tcplens {

/// Why a capture could not start; what() names the fix.
class LiveCaptureError : public CaptureError {
public:
    enum class Kind { Permission, NoSuchInterface, InterfaceDown, BadFilter, File, Other };
    LiveCaptureError(Kind kind, const std::string& message) : CaptureError(message), kind_(kind) {}
    [[nodiscard]] Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

struct CaptureDeviceOptions {
    std::string interface;
    std::string filter;                    ///< tcpdump (BPF) expression; empty: everything.
    std::uint32_t snaplen = 262144;        ///< Clamped to [64, 262144].
    bool promiscuous = true;
    std::uint32_t bufferBytes = 32U << 20; ///< Kernel ring buffer, clamped to [64 KiB, 1 GiB].
    bool immediate = true;                 ///< Every packet as soon as it arrives.
    std::string permissionAdvice;          ///< The fix named without permission; empty: capturePermissionAdvice().
};

/// libpcap's counters, widened to 64 bits across the wraps of its 32-bit ones.
struct CaptureDeviceCounters {
    std::uint64_t received = 0;           ///< Passed the filter in the kernel, dropped ones included.
    std::uint64_t droppedByKernel = 0;    ///< No room in the buffer: the reader was too slow.
    std::uint64_t droppedByInterface = 0; ///< Dropped by the interface or its driver.
};

class CaptureDevice {
public:
    /// Opens and activates the interface; throws LiveCaptureError naming the fix.
    [[nodiscard]] static std::unique_ptr<CaptureDevice> open(const CaptureDeviceOptions& options);
    ~CaptureDevice();
    CaptureDevice(const CaptureDevice&) = delete;
    CaptureDevice& operator=(const CaptureDevice&) = delete;

    /// Each packet read; its bytes are valid during the call only.
    using PacketSink = std::function<void(const RawPacket& packet)>;
    /// Reads up to `limit` buffered packets (-1: all) without waiting; the number read, or -1
    /// when the interface went away (error() says so in libpcap's words).
    int dispatch(int limit, const PacketSink& sink);
    /// Refreshes and returns libpcap's counters (the last ones known after close()).
    CaptureDeviceCounters counters();
    /// Closes the handle; counters() keeps its last values.
    void close();

    [[nodiscard]] const CaptureDeviceOptions& options() const noexcept { return options_; }
    [[nodiscard]] int linkType() const noexcept { return linkType_; }
    [[nodiscard]] std::uint32_t snaplen() const noexcept { return snaplen_; }
    /// The descriptor poll() waits on for packets.
    [[nodiscard]] int selectableFd() const noexcept { return selectable_; }
    [[nodiscard]] bool isOpen() const noexcept { return handle_ != nullptr; }
    [[nodiscard]] const std::string& error() const noexcept { return error_; }

private:
    CaptureDevice() = default;
    static void onPacket(unsigned char* user, const ::pcap_pkthdr* header, const unsigned char* data);

    CaptureDeviceOptions options_;
    pcap* handle_ = nullptr;
    int linkType_ = 1;
    std::uint32_t snaplen_ = 0;
    int selectable_ = -1;
    bool nanosecond_ = true;
    const PacketSink* sink_ = nullptr;
    CaptureDeviceCounters counters_;
    std::string error_;
};

/// A libpcap timestamp (tv_sec, and tv_usec in ns or us) in ns since the epoch, clamped to int64.
[[nodiscard]] std::int64_t liveTimestampNs(std::int64_t seconds, std::int64_t fraction, bool nanosecond) noexcept;

/// The path of the running program, for the `setcap` advice.
[[nodiscard]] std::string currentExecutablePath();

/// What to do without the capture capability, for a program capturing in-process: run as root or
/// setcap the running program.
[[nodiscard]] std::string capturePermissionAdvice();
/// The same for tcplens-capture at `helperPath`, the only binary meant to hold the capability.
[[nodiscard]] std::string captureHelperPermissionAdvice(const std::string& helperPath);

} // namespace tcplens
