export function RouteLoadFailed() {
  return (
    <div>
      <h1>This page could not load</h1>
      <p>The app may have been updated, or this page was not saved for offline use. Your saved work is safe.</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}
export default RouteLoadFailed;
