<?php
// Fills the test WordPress with a small multilingual site and writes WordPress's own export of it
// (export_wp(), what Tools › Export sends), for the importer's tests (tests/fixtures/wordpress/).
//   php import-fixture.php DOCROOT polylang|wpml IMAGES_DIR OUT.xml
// Everything already in the site is deleted first, so each run exports exactly one shape:
//   polylang  Polylang's data: the `language` taxonomy (one term per language, its locale in the
//             serialized description) and one `post_translations` term per group of
//             translations (description: serialize(['en' => id, 'ru' => id, ...])), the taxonomies
//             registered as Polylang registers them, so export_wp() writes them as it would.
//   wpml      WPML's data as its "WPML Export and Import" add-on puts it into an export: post
//             meta _wpml_import_language_code, _wpml_import_source_language_code and
//             _wpml_import_translation_group (WPML's trid).
// The plugins themselves are not packaged for Debian and this machine cannot download them.

define('ABSPATH', rtrim($argv[1] ?? '', '/') . '/');
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/export.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

[, , $shape, $images, $out] = $argv + [null, null, '', '', ''];
if (!in_array($shape, ['polylang', 'wpml'], true) || !is_dir($images) || !$out) {
    fwrite(STDERR, "usage: php import-fixture.php DOCROOT polylang|wpml IMAGES_DIR OUT.xml\n");
    exit(2);
}

// As Polylang 3 registers them (polylang/include/model.php): private, not builtin.
foreach (['language', 'term_language', 'post_translations', 'term_translations'] as $taxonomy) {
    register_taxonomy($taxonomy, $taxonomy === 'language' || $taxonomy === 'post_translations' ? ['post', 'page', 'attachment'] : [], [
        'label' => false, 'public' => false, 'query_var' => $taxonomy === 'language' ? 'lang' : false, 'rewrite' => false, '_pll' => true,
    ]);
}

// A clean site: no posts, pages, attachments, categories or tags of an earlier run.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids']) as $id) {
    wp_delete_post($id, true);
}
foreach (get_posts(['post_type' => 'attachment', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids']) as $id) {
    wp_delete_attachment($id, true);
}
foreach (['category', 'post_tag', 'language', 'term_language', 'post_translations', 'term_translations'] as $taxonomy) {
    foreach (get_terms(['taxonomy' => $taxonomy, 'hide_empty' => false, 'fields' => 'ids']) as $term) {
        if ($taxonomy === 'category' && (int) $term === (int) get_option('default_category')) continue;
        wp_delete_term($term, $taxonomy);
    }
}

function user_id(string $login, string $name): int
{
    $user = get_user_by('login', $login);
    if ($user) return $user->ID;
    return wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(), 'display_name' => $name,
        'first_name' => explode(' ', $name)[0], 'last_name' => explode(' ', $name)[1] ?? '', 'role' => 'author', 'user_email' => "$login@example.org"]);
}
$dilnoza = user_id('dilnoza', 'Dilnoza Karimova');
$admin = get_user_by('login', getenv('WP_ADMIN_USER') ?: 'admin')->ID;

// Languages: Polylang keeps the locale in the term's serialized description.
$languages = ['en' => ['English', 'en_US'], 'ru' => ['Русский', 'ru_RU'], 'tg' => ['Тоҷикӣ', 'tg']];
if ($shape === 'polylang') {

    foreach ($languages as $slug => [$name, $locale]) {
        wp_insert_term($name, 'language', ['slug' => $slug, 'description' => serialize(['locale' => $locale, 'rtl' => 0, 'flag_code' => $slug])]);
        wp_insert_term($name, 'term_language', ['slug' => "pll_$slug"]);

    }
}

/** A category or tag per language (Polylang and WPML both translate terms as separate terms). */
function term(string $taxonomy, string $name): int
{
    $found = term_exists($name, $taxonomy);
    if ($found) return (int) $found['term_id'];
    return (int) wp_insert_term($name, $taxonomy)['term_id'];
}

/** An image from IMAGES_DIR copied into this month's uploads folder, as an attachment. */
function attachment(string $images, string $file, string $date, string $title, string $alt): int
{
    $upload = wp_upload_dir(substr($date, 0, 4) . '/' . substr($date, 5, 2));
    wp_mkdir_p($upload['path']);
    copy("$images/$file", $upload['path'] . "/$file");
    $id = wp_insert_attachment(['post_title' => $title, 'post_mime_type' => 'image/jpeg', 'post_status' => 'inherit', 'post_date' => $date,
        'guid' => $upload['url'] . "/$file"], $upload['path'] . "/$file");
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    // No image library in this PHP: the metadata WordPress would make, without resized copies.
    [$width, $height] = getimagesize($upload['path'] . "/$file");
    wp_update_attachment_metadata($id, ['width' => $width, 'height' => $height, 'file' => _wp_relative_upload_path($upload['path'] . "/$file"), 'sizes' => []]);
    return $id;
}

function post(array $fields, array $categories = [], array $tags = []): int
{
    $id = wp_insert_post(wp_slash($fields + ['post_type' => 'post']), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    wp_set_post_categories($id, array_map(fn ($name) => term('category', $name), $categories));
    wp_set_post_tags($id, $tags);
    return $id;
}

/** Joins posts (language => id) as one group of translations, the way the plugin stores it. */
function translations(string $shape, array $group, string $source = 'en'): void
{
    static $trid = 100;
    $trid++;
    if ($shape === 'polylang') {
        foreach ($group as $language => $id) wp_set_object_terms($id, $language, 'language');
        if (count($group) < 2) return;
        $name = uniqid('pll_');
        $term = wp_insert_term($name, 'post_translations', ['description' => serialize($group)]);
        foreach ($group as $id) wp_set_object_terms($id, (int) $term['term_id'], 'post_translations');
        return;
    }
    foreach ($group as $language => $id) {
        update_post_meta($id, '_wpml_import_language_code', $language);
        if ($language !== $source) update_post_meta($id, '_wpml_import_source_language_code', $source);
        update_post_meta($id, '_wpml_import_translation_group', $trid);
    }
}

$school = attachment($images, 'school.jpg', '2024-05-14 10:00:00', 'School in Khujand', 'Pupils in front of a school in Khujand');
$river = attachment($images, 'river.jpg', '2024-06-02 08:00:00', 'Syr Darya', 'The Syr Darya river at dawn');

// Group A: published in three languages, with a cover; Dilnoza wrote it.
$a = [
    'en' => post(['post_title' => 'Teachers trained in Khujand', 'post_name' => 'teachers-trained-in-khujand', 'post_author' => $dilnoza,
        'post_content' => "<!-- wp:paragraph -->\n<p>Forty <strong>teachers</strong> finished a course on digital skills.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>What comes next</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Schools in Sughd will follow.</p>\n<!-- /wp:paragraph -->",
        'post_excerpt' => 'Forty teachers finished a course.', 'post_status' => 'publish', 'post_date' => '2024-05-14 10:30:00'], ['Education'], ['Youth']),
    'ru' => post(['post_title' => 'Учителя прошли обучение в Худжанде', 'post_author' => $dilnoza,
        'post_content' => "<!-- wp:paragraph -->\n<p>Сорок <strong>учителей</strong> окончили курс цифровых навыков.</p>\n<!-- /wp:paragraph -->",
        'post_excerpt' => 'Сорок учителей окончили курс.', 'post_status' => 'publish', 'post_date' => '2024-05-14 10:30:00'], ['Образование'], ['Молодёжь']),
    'tg' => post(['post_title' => 'Омӯзгорон дар Хуҷанд омӯзиш гузаштанд', 'post_author' => $dilnoza,
        'post_content' => "<!-- wp:paragraph -->\n<p>Чил нафар <strong>омӯзгорон</strong> курси маҳоратҳои рақамиро хатм карданд: ғ ӣ қ ӯ ҳ ҷ.</p>\n<!-- /wp:paragraph -->",
        'post_excerpt' => 'Чил омӯзгор курсро хатм карданд.', 'post_status' => 'publish', 'post_date' => '2024-05-14 10:30:00'], ['Маориф'], []),
];
foreach ($a as $id) set_post_thumbnail($id, $school);
translations($shape, $a);

// Group B: English and Russian published, Tajik still a draft; links to group A, an image inline.
$riverUrl = wp_get_attachment_url($river);
$b = [
    'en' => post(['post_title' => 'Clean water for Isfara', 'post_author' => $admin,
        'post_content' => "<!-- wp:paragraph -->\n<p>After the <a href=\"" . get_permalink($a['en']) . "\">teacher training</a>, the river project began.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":$river} -->\n<figure class=\"wp-block-image\"><img src=\"$riverUrl\" alt=\"The Syr Darya river at dawn\" class=\"wp-image-$river\"/></figure>\n<!-- /wp:image -->\n\n<!-- wp:paragraph -->\n<p>See also <a href=\"https://example.com/report\">the donor's report</a>.</p>\n<!-- /wp:paragraph -->",
        'post_status' => 'publish', 'post_date' => '2024-06-02 09:15:00'], ['Environment', 'Announcements'], []),
    'ru' => post(['post_title' => 'Чистая вода для Исфары', 'post_author' => $admin,
        'post_content' => "<!-- wp:paragraph -->\n<p>После <a href=\"" . home_url('/?p=' . $a['ru']) . "\">обучения учителей</a> начался проект.</p>\n<!-- /wp:paragraph -->",
        'post_status' => 'publish', 'post_date' => '2024-06-02 09:15:00'], ['Экология'], []),
    'tg' => post(['post_title' => 'Оби тоза барои Исфара', 'post_author' => $admin,
        'post_content' => "<!-- wp:paragraph -->\n<p>Пас аз <a href=\"" . get_permalink($a['tg']) . "\">омӯзиши омӯзгорон</a> лоиҳа оғоз ёфт.</p>\n<!-- /wp:paragraph -->",
        'post_status' => 'draft', 'post_date' => '2024-06-02 09:15:00'], ['Муҳити зист'], []),
];
set_post_thumbnail($b['en'], $river);
translations($shape, $b);

// Group C: a draft in English and Russian (never to be published by the import).
$c = [
    'en' => post(['post_title' => 'Draft: youth forum programme', 'post_author' => $admin, 'post_content' => '<p>Not ready yet.</p>', 'post_status' => 'draft', 'post_date' => '2024-07-01 12:00:00'], ['Youth']),
    'ru' => post(['post_title' => 'Черновик: программа молодёжного форума', 'post_author' => $admin, 'post_content' => '<p>Ещё не готово.</p>', 'post_status' => 'draft', 'post_date' => '2024-07-01 12:00:00'], ['Молодёжь']),
];
translations($shape, $c);

// D: English only, a tag no topic matches, a link to group B in its ?p= form.
$d = ['en' => post(['post_title' => 'Annual meeting', 'post_author' => $dilnoza,
    'post_content' => '<p>Members met. Read about <a href="' . home_url('/?p=' . $b['en']) . '">clean water</a>.</p>',
    'post_status' => 'publish', 'post_date' => '2023-12-20 15:00:00'], ['Announcements'], ['Khujand'])];
translations($shape, $d);

// A page in two languages: no place for it here, so the import reports it.
$page = [
    'en' => post(['post_type' => 'page', 'post_title' => 'About us', 'post_content' => '<p>Who we are.</p>', 'post_status' => 'publish', 'post_author' => $admin]),
    'ru' => post(['post_type' => 'page', 'post_title' => 'О нас', 'post_content' => '<p>Кто мы.</p>', 'post_status' => 'publish', 'post_author' => $admin]),
];
translations($shape, $page);

ob_start();
export_wp(['content' => 'all']);
$xml = ob_get_clean();
file_put_contents($out, $xml);
fwrite(STDERR, sprintf("wordpress: wrote %s (%d bytes, WordPress %s, %s)\n", $out, strlen($xml), get_bloginfo('version'), $shape));
