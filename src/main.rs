//! The standalone page: mounts the widget into `#advisor`.

fn main() {
    framework_advisor::embed::mount_standalone();
}
