import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from './components/error-boundary';
import { Layout } from './components/layout';
import { Loading } from './components/status';
import { NotFound } from './features/not-found/not-found';
import { routes } from './routes';

export function App() {
  const [location] = useLocation();
  return (
    <Switch>
      {routes
        .filter((r) => r.layout === 'bare')
        .map(({ path, Component }) => (
          <Route key={path} path={path}>
            <Suspense fallback={<Loading />}>
              <Component />
            </Suspense>
          </Route>
        ))}
      <Route>
        <Layout>
          <ErrorBoundary resetKey={location}>
            <Suspense fallback={<Loading height={400} page />}>
              <Switch>
                {routes
                  .filter((r) => r.layout === 'app')
                  .map(({ path, Component }) => (
                    <Route key={path} path={path} component={Component} />
                  ))}
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </ErrorBoundary>
        </Layout>
      </Route>
    </Switch>
  );
}
