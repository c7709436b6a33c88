export default function HomePage() {
  return (
    <main className="home">
      <h1>GuitarOnline</h1>
      <p className="lead">Guitar lessons with real teachers, booked in a few clicks.</p>
      <ul className="features">
        <li>Buy a lesson package and book any free slot of your teacher.</li>
        <li>Hold a slot while you decide; cancel in time and the lesson comes back.</li>
        <li>Teachers publish their week; the school sees everything on its dashboards.</li>
      </ul>
    </main>
  );
}
