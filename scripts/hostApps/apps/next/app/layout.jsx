// The root layout imports roadmap-kit's stylesheet once for every page.
import 'roadmap-kit/styles.css';

export const metadata = { title: 'Next.js host', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
