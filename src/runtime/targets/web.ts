/** Entry of the browser runtime in web packages (bundled into assets/coursewright.js). */
import { boot } from '../boot.js';
import { offerCompletionRecord } from '../shell/completion-record.js';
import { attachEmbeddedCaptions } from '../shell/embedded-captions.js';
import { createDeviceStorage } from '../storage/device-storage.js';
import { prefixedStore } from '../storage/key-value-store.js';
import { DeviceAdapter } from '../tracking/device-adapter.js';

// A web build has no learning system to find: progress lives in device storage by design, so the
// course starts "connected" to the device and shows no "not recorded" warning.
attachEmbeddedCaptions(document);
boot((win, data) => new DeviceAdapter(prefixedStore(createDeviceStorage(win), `cw:${data.course.id}:web:`)), { standalone: true, completionRecord: offerCompletionRecord, lessonAdded: (section, content) => attachEmbeddedCaptions(document, section, content.captions) });
